// No 'use client' here: core's functions stay callable from React Server Components, and the
// client half comes through ./client, which carries the directive.
export * from '@paywall-kit/core'
export * from './client'
