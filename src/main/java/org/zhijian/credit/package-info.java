/** Quality credit (质量信用): each enterprise's credit record, the serious illegal and dishonest list (严重违法失信名单), publication. */
@ApplicationModule(displayName = "Credit")
package org.zhijian.credit;

import org.springframework.modulith.ApplicationModule;
