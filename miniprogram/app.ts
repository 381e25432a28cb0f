// The app itself holds no state: pages read everything from core/ and services/.
App({});
