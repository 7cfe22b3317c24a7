import '@paywall-kit/react/styles.css'
