// Entry of build/widget/widget.js: a classic script (IIFE) that must never throw into the host page.
import { report } from './dom.ts';
import { start } from './faqchat.ts';

try {
  start(window);
} catch (error) {
  report(error);
}
