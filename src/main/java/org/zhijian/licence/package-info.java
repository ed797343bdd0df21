/** Industrial product production licences (工业产品生产许可证): numbers, states, expiry and renewal. */
package org.zhijian.licence;
