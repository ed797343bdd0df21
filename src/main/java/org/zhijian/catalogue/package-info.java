/** The product catalogue (重点工业产品质量监督目录): categories, their risk class, standard and test items with limits. */
@ApplicationModule(displayName = "Catalogue")
package org.zhijian.catalogue;

import org.springframework.modulith.ApplicationModule;
