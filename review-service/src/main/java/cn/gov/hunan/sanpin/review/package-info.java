/** review-service: features arrive as packages by feature (see ARCHITECTURE.md). */
package cn.gov.hunan.sanpin.review;
