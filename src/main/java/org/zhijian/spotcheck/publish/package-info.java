/** Public announcements (抽查结果公告): published final results, readable without login. */
package org.zhijian.spotcheck.publish;
