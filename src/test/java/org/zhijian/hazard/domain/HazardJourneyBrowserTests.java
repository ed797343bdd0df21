package org.zhijian.hazard.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.support.BrowserTests;
import org.zhijian.support.Fixtures;

/**
 * The inspector's journey on a factory floor (phone-sized): record a risk point and a hazard,
 * download the notice, report the rectification; then the district head accepts it.
 */
class HazardJourneyBrowserTests extends BrowserTests {

    @Test
    void inspectorRecordsAndRectifiesAndTheHeadAccepts() {
        Long districtId = fixtures.district().getId();
        Enterprise enterprise = fixtures.enterprise(districtId);
        User inspector = fixtures.user(Role.INSPECTOR, districtId);
        User head = fixtures.user(Role.HEAD, districtId);

        usePhoneViewport();
        logIn(inspector.getUsername(), Fixtures.PASSWORD);
        driver.get(url("/enterprises/" + enterprise.getId()));
        driver.findElement(By.id("new-risk-point")).click();

        new Select(driver.findElement(By.id("placeKind"))).selectByValue("EQUIPMENT");
        driver.findElement(By.id("placeName")).sendKeys("二号反应釜");
        driver.findElement(By.id("hazard")).sendKeys("超压爆炸");
        driver.findElement(By.id("controls")).sendKeys("安全阀定期校验");
        driver.findElement(By.id("responsiblePerson")).sendKeys("王建国");
        driver.findElement(By.id("likelihood")).sendKeys("4");
        driver.findElement(By.id("severity")).sendKeys("5");
        click(By.id("save"));

        wait.until(ExpectedConditions.urlMatches(".*/risk/points/\\d+$"));
        assertThat(driver.findElement(By.cssSelector("span.grade-badge[data-grade='MAJOR']")).getText())
                .isEqualTo("重大风险");

        driver.findElement(By.cssSelector("a[href*='/risk/hazards/new']")).click();
        driver.findElement(By.id("description")).sendKeys("安全阀校验过期");
        driver.findElement(By.id("requirement")).sendKeys("立即送检安全阀");
        driver.findElement(By.id("responsiblePerson")).sendKeys("王建国");
        click(By.id("save"));

        wait.until(ExpectedConditions.urlMatches(".*/risk/hazards/\\d+$"));
        String hazardUrl = driver.getCurrentUrl();
        String notice = driver.findElement(By.id("notice-number")).getText();
        assertThat(notice).contains("市监隐改〔");

        String href = driver.findElement(By.id("download-notice")).getAttribute("href");
        Object download = ((JavascriptExecutor) driver).executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer().then(b => done(r.status + '|'"
                        + " + r.headers.get('content-type') + '|' + b.byteLength)));", href);
        String[] parts = String.valueOf(download).split("\\|");
        assertThat(parts[0]).isEqualTo("200");
        assertThat(parts[1]).isEqualTo("application/pdf");
        assertThat(Integer.parseInt(parts[2])).isGreaterThan(1000);

        assertThat(driver.findElement(By.id("action-RECTIFY")).isSelected()).isTrue();
        driver.findElement(By.id("note")).sendKeys("已送检,附校验报告");
        click(By.id("action-submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("hazard-steps"), "已整改待验收"));

        driver.manage().deleteAllCookies();
        logIn(head.getUsername(), Fixtures.PASSWORD);
        driver.get(hazardUrl);
        assertThat(driver.findElement(By.id("action-ACCEPT")).isSelected()).isTrue();
        click(By.id("action-submit"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("hazard-steps"), "验收通过"));
        assertThat(driver.findElement(By.id("flash")).isDisplayed()).isTrue();
        assertThat(driver.findElement(By.id("hazard-steps")).getText()).contains("已送检,附校验报告");
    }

    private void click(By by) {
        WebElement element = driver.findElement(by);
        // a datalist's suggestions may cover the button on a phone; press it the way a tap would
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});"
                + "arguments[0].click();", element);
    }
}
