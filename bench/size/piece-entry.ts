// Replaced at build time by bench/size.ts (measurePieces) with the import line of one piece of the kit.
export {}
