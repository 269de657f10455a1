// Registers every zh_CN fragment. Imported (for its side effect) by the extension pages, the
// background and the top-frame panel. The guard registers only its own fragments (size budget).
import { registerMessages, type MessageDict } from './index';

const fragments = import.meta.glob<MessageDict>('../../assets/locales/zh_CN/*.json', { eager: true, import: 'default' });
registerMessages(...Object.values(fragments));
