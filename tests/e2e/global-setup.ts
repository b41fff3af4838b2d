/** Vitest globalSetup (e2e project): build the widget when build/widget is missing or stale. */
import { ensureWidgetBuilt } from '../../widget/build.ts';

export default async function setup(): Promise<void> {
  await ensureWidgetBuilt();
}
