/** Runs a one-tap action from a channel card (call, copy, open a mini program). */
import { ActionView } from '../core/view/card';
import { str } from '../core/strings';
import { Lang } from '../core/types';
import { copyText } from './clipboard';
import { openMiniProgram } from './miniprogram';
import { call } from './phone';

export function runAction(action: Pick<ActionView, 'type' | 'value' | 'done'>, lang: Lang): Promise<unknown> {
  switch (action.type) {
    case 'call':
      return call(action.value, { cancelled: str('callCancelled', lang), failed: str('callFailed', lang) });
    case 'open-mp':
      return openMiniProgram(action.value, str('openFailed', lang));
    default:
      return copyText(action.value, action.done || str('copied', lang), str('copyFailed', lang));
  }
}
