/** The enterprise registry and its archive (企业档案, 一企一档). */
@ApplicationModule(displayName = "Enterprises")
package org.zhijian.enterprise;

import org.springframework.modulith.ApplicationModule;
