export {
  type FeedResult,
  type FetchNotificationsOptions,
  fetchNotifications,
} from './fetch-notifications.ts';
export {
  type GroupByProductOptions,
  groupByProduct,
  type ProductGroup,
} from './group-by-product.ts';
export {
  atlassianDomains,
  chooseOpenUrl,
  isOpenableAtlassianUrl,
  notificationsPageUrl,
} from './links.ts';
export {
  type Actor,
  type Category,
  type Link,
  type Notification,
  type ProductSlug,
  productSlugs,
  type ReadState,
} from './notification.ts';
export { inferProduct, type ProductSignals, productDisplayNames } from './product.ts';
export { type ToNotificationOptions, toNotification, unknownActorName } from './to-notification.ts';
