import '@paywall-kit/react/styles.css'
import type { ReactNode } from 'react'

export const metadata = { title: 'paywall-kit in a React Server Component' }

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  )
}
