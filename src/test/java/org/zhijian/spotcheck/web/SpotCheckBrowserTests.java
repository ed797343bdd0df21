package org.zhijian.spotcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhijian.system.security.Role;
import org.zhijian.account.domain.User;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.region.domain.District;
import org.zhijian.spotcheck.SpotCheckTestData;
import org.zhijian.support.BrowserTests;
import org.zhijian.support.Fixtures;

/** An inspector on a phone records a sampling with two samplers and results, and finds it in the archive. */
class SpotCheckBrowserTests extends BrowserTests {

    @Autowired
    SpotCheckTestData data;

    @Test
    void inspectorRecordsABatchOnAPhoneAndFindsItOnTheEnterpriseTimeline() {
        District district = fixtures.district();
        Enterprise enterprise = fixtures.enterprise(district.getId(), Industry.WOOD_PANEL);
        ProductCategory product = data.woodPanel();
        User inspector = fixtures.user(Role.INSPECTOR, district.getId());
        User colleague = fixtures.user(Role.INSPECTOR, district.getId());
        String formNumber = "PH" + Fixtures.next();

        usePhoneViewport();
        logIn(inspector.getUsername(), Fixtures.PASSWORD);
        driver.get(url("/enterprises/" + enterprise.getId()));
        click(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("enterprise-new-batch"))));
        new Select(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("choose-category"))))
                .selectByVisibleText(product.getName());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("batch-form")));

        WebElement number = driver.findElement(By.id("formNumber"));
        assertThat(number.getAttribute("value")).as("a number suggested by the pattern")
                .matches("CJ\\d{4}-" + district.getCode() + "-\\d{4}");
        number.clear();
        number.sendKeys(formNumber);
        driver.findElement(By.id("quantityUnit")).sendKeys("张");
        driver.findElement(By.id("samplingPlace")).sendKeys("成品仓库");
        driver.findElement(By.id("agency")).sendKeys("台州市产品质量安全检测研究院");
        assertThat(driver.findElement(By.cssSelector("input[name='samplerIds'][value='" + inspector.getId() + "']"))
                .isSelected()).as("the inspector filling the form is pre-ticked").isTrue();
        click(driver.findElement(By.cssSelector("input[name='samplerIds'][value='" + colleague.getId() + "']")));
        WebElement testedOn = driver.findElement(By.id("testedOn"));
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1]", testedOn,
                driver.findElement(By.id("samplingDate")).getAttribute("value"));
        driver.findElement(By.name("results[0].value")).sendKeys("0.31");
        driver.findElement(By.name("results[1].value")).sendKeys("8.5");
        new Select(driver.findElement(By.name("results[2].value"))).selectByValue("pass");
        assertThat(driver.findElement(By.id("verdict-preview")).getText()).contains("不合格");

        click(driver.findElement(By.id("save")));
        WebElement verdict = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("batch-verdict")));
        assertThat(verdict.getText()).isEqualTo("不合格");
        assertThat(driver.findElement(By.id("form-number")).getText()).isEqualTo(formNumber);
        assertThat(driver.findElement(By.id("batch-samplers")).getText())
                .contains(inspector.getDisplayName(), colleague.getDisplayName());

        click(driver.findElement(By.id("batch-enterprise")));
        WebElement timeline = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("timeline")));
        assertThat(timeline.getText()).contains(formNumber);
        assertThat(driver.findElement(By.id("enterprise-spotchecks")).getText()).contains(formNumber);
    }

    private void click(WebElement e) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", e);
        e.click();
    }
}
