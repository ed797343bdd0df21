/** Everyone's to-do inbox (我的待办) and e-mail: new items and a daily digest of what falls due. */
@ApplicationModule(displayName = "Notifications")
package org.zhijian.notification;

import org.springframework.modulith.ApplicationModule;
