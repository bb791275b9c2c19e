/** The events after which an adapter reads the record again (one list for React and Vue). */
import type { EventName } from 'consentry';

/** Every event that can move the record or a category's state (reset() moves it without a change). */
export const STATE_EVENTS: readonly EventName[] = ['ready', 'consent', 'change', 'show', 'hide'];
