/** Classified supervision (分类监管): the classifier, its inputs and seams, overrides and inspection schedule. */
@ApplicationModule(displayName = "Classification")
package org.zhijian.classification;

import org.springframework.modulith.ApplicationModule;
