/** Districts (区/县局) of the city: every record belongs to one through its enterprise. */
@ApplicationModule(displayName = "Districts")
package org.zhijian.region;

import org.springframework.modulith.ApplicationModule;
