/**
 * What an office is held to beyond publishing, as 监督检查 and 考核 read it: 信息发布统计 and the compliance report
 * (栏目空白, late items, passed review dates, overdue applications, missing annual reports …). Downstream of the model
 * and the checks; read by the internal build, the open data and the review summary.
 */
package org.gongkai.core.compliance;
