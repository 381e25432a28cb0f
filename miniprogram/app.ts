// The app itself holds no state: pages read everything from core/ and services/.
import { watchForUpdates } from './services/update';

App({
  onLaunch() {
    watchForUpdates();
  },
});
