// The window turns Atlaskit's feature flags off at start (src/main.tsx); component tests render
// without that entry, so they do the same here.
import { turnOffAtlaskitFlags } from '../src/shell/atlaskit-flags.ts';

turnOffAtlaskitFlags();
