package org.zhijian.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhijian.dashboard.domain.DistrictFigures;
import org.zhijian.dashboard.domain.MonthCells;
import org.zhijian.support.BrowserTests;
import org.zhijian.support.Fixtures;

/** A city head changes the period, sees the charts, drills from the city to a batch and downloads the report. */
class DashboardBrowserTests extends BrowserTests {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DistrictFigures figures;
    @Autowired
    MonthCells cells;

    @Test
    void aHeadDrillsFromTheCityToABatchAndDownloadsTheReport() throws Exception {
        DashboardFixture city = new DashboardFixture(fixtures, jdbc, figures, cells);
        logIn(city.cityHead.getUsername(), Fixtures.PASSWORD);

        driver.get(url("/dashboard"));
        setDate("from", "2011-01-01");
        setDate("to", "2011-12-31");
        new Select(driver.findElement(By.id("categoryId"))).selectByValue(String.valueOf(city.product));
        click(driver.findElement(By.id("apply-filter")));
        wait.until(ExpectedConditions.urlContains("from=2011-01-01"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-trend canvas")));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-heat canvas")));
        assertThat(driver.findElement(By.id("kpi-rate")).getText()).contains("83.8%");
        assertThat(driver.findElement(By.id("district-" + city.districtA)).getText()).contains("70.0%");

        click(driver.findElement(By.cssSelector("#district-" + city.districtA + " a.district-link")));
        wait.until(ExpectedConditions.urlContains("/dashboard/districts/" + city.districtA));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-trend canvas")));
        click(driver.findElement(By.cssSelector("#product-" + city.product + " a.product-link")));
        wait.until(ExpectedConditions.urlContains("/dashboard/products/" + city.product));
        click(driver.findElements(By.cssSelector("#enterprise-table a.enterprise-link")).get(0));
        wait.until(ExpectedConditions.urlContains("/dashboard/enterprises/"));
        WebElement batch = driver.findElements(By.cssSelector("#batch-table a.batch-link")).get(0);
        String formNumber = batch.getText();
        click(batch);
        wait.until(ExpectedConditions.urlContains("/spotchecks/batches/"));
        assertThat(driver.getPageSource()).contains(formNumber);

        driver.get(url("/dashboard/report?from=2011-01-01&to=2011-12-31&categoryId=" + city.product));
        assertThat(driver.findElement(By.id("report-summary")).getText()).contains("83.8%");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-trend canvas")));
        String pdfLink = driver.findElement(By.id("report-pdf")).getAttribute("href");
        Cookie session = driver.manage().getCookieNamed("SESSION");
        HttpResponse<byte[]> pdf = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(pdfLink))
                .header("Cookie", "SESSION=" + session.getValue()).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdf.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(new String(pdf.body(), 0, 5)).isEqualTo("%PDF-");
    }

    /** Clicks a link by script: on a long dashboard the fixed footer or a chart may lie over it. */
    private void click(WebElement element) {
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
    }

    private void setDate(String id, String isoDate) {
        WebElement input = driver.findElement(By.id(id));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", input,
                isoDate);
    }
}
