// No 'use client' here: core's functions stay callable from React Server Components, and the
// client half comes through ./client, which carries the directive.
export * from '@paywall-kit/core'
// With its extension: the build leaves this import as written (see tsdown.config.ts).
export * from './client.js'
