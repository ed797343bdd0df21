/** The product catalogue (重点工业产品质量监督目录): categories, their risk class, standard and test items with limits. */
package org.zhijian.catalogue;
