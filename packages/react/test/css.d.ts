// Lets tests import the stylesheet for its side effect (Vite injects it); the package ships it as a file.
declare module '*.css' {}
