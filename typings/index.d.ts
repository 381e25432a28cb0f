/// <reference types="miniprogram-api-typings" />

/** The app's own global types. */
interface IAppOption {
  globalData?: Record<string, never>;
}

/** A tap or Vant `click` whose element carries `data-*` attributes D. */
type TapEvent<D extends WechatMiniprogram.IAnyObject> = WechatMiniprogram.CustomEvent<WechatMiniprogram.IAnyObject, WechatMiniprogram.IAnyObject, D>;
