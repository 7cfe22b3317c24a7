import type { StoryContext } from '@storybook/react-vite'
import { expect } from 'storybook/test'

interface PlayableStory {
  play?: (context: never) => Promise<void> | void
  parameters?: Record<string, unknown>
}

/**
 * The same story in the dark theme (the toolbar's `theme` global), so axe checks dark contrast too. Its
 * play function first checks that the theme switch reached the page: the root carries
 * `data-theme="dark"` and the kit's tokens took their dark values.
 */
export function inDarkTheme<S extends PlayableStory>(story: S, name: string): S {
  return {
    ...story,
    name,
    globals: { theme: 'dark' },
    // Its own frame in docs pages: the theme is set on the document's root, which inline stories share.
    parameters: { ...story.parameters, docs: { story: { inline: false, height: '520px' } } },
    play: async (context: StoryContext) => {
      const root = context.canvasElement.ownerDocument.documentElement
      await expect(root).toHaveAttribute('data-theme', 'dark')
      await expect(getComputedStyle(root).colorScheme).toBe('dark')
      await (story.play as ((context: StoryContext) => Promise<void>) | undefined)?.(context)
    },
  }
}
