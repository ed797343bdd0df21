/** Classified supervision (分类监管): the classifier, its inputs and seams, overrides and inspection schedule. */
package org.zhijian.risk.classification;
