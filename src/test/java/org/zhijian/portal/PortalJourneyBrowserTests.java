package org.zhijian.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.zhijian.account.domain.User;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.hazard.domain.HazardDetails;
import org.zhijian.hazard.domain.HazardLevel;
import org.zhijian.hazard.domain.HazardService;
import org.zhijian.spotcheck.SpotCheckTestData;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.spotcheck.domain.PostProcessingAction;
import org.zhijian.spotcheck.domain.SamplingBatch;
import org.zhijian.spotcheck.domain.StepCommand;
import org.zhijian.system.security.Role;
import org.zhijian.support.BrowserTests;
import org.zhijian.support.Fixtures;

/**
 * Issue 13's journey at phone width: an enterprise user logs in on the enterprise side, sees the failed
 * batch, requests a re-test, uploads a rectification photo for a hazard; the inspector sees both in the
 * to-do inbox (我的待办) and accepts the evidence from there.
 */
class PortalJourneyBrowserTests extends BrowserTests {

    @Autowired SpotCheckTestData data;
    @Autowired BatchService batches;
    @Autowired HazardService hazards;

    @Test
    void theEnterpriseRequestsARetestAndUploadsEvidenceAndTheInspectorAcceptsIt() throws Exception {
        Long district = fixtures.district().getId();
        Enterprise enterprise = fixtures.enterprise(district, Industry.WOOD_PANEL);
        User inspector = fixtures.user(Role.INSPECTOR, district);
        User second = fixtures.user(Role.INSPECTOR, district);
        User officer = fixtures.enterpriseUser(enterprise);
        ProductCategory product = data.woodPanel();
        LocalDate today = batches.today();
        SamplingBatch failed = fixtures.as(Fixtures.details(inspector), () -> batches.record(data.sampling(enterprise,
                product, inspector, second, today.minusDays(12)), today.minusDays(8), "BG", data.results(product,
                "0.3")));
        fixtures.as(Fixtures.details(inspector), () -> batches.advance(failed.getId(), failed.getVersion(),
                new StepCommand(PostProcessingAction.NOTIFY, today.minusDays(3), null, null, null, null)));
        Long hazardId = fixtures.as(Fixtures.details(inspector), () -> hazards.record(new HazardDetails(
                enterprise.getId(), null, null, HazardLevel.GENERAL, "消防通道堆放纸箱", "清理通道", "消防法",
                today.minusDays(2), today.plusDays(10), "王建国"))).getId();
        Path photo = Files.createTempFile("rectified", ".png");
        Files.write(photo, PortalActionsTests.PNG);

        usePhoneViewport();
        driver.get(url("/portal/login"));
        driver.findElement(By.id("username")).sendKeys(officer.getUsername());
        driver.findElement(By.id("password")).sendKeys(Fixtures.PASSWORD);
        driver.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("portal-enterprise")));

        driver.get(url("/portal/batches"));
        WebElement card = driver.findElement(By.id("batch-" + failed.getId()));
        assertThat(card.getText()).contains(failed.getFormNumber()).contains("不合格");
        assertThat(card.getSize().getWidth()).isLessThanOrEqualTo(390);
        driver.findElement(By.id("reason-" + failed.getId())).sendKeys("对甲醛释放量检验结果有异议");
        click(By.id("request-retest-" + failed.getId()));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash")));
        assertThat(driver.findElement(By.id("batch-" + failed.getId())).getText()).contains("已申请复检");
        assertThat(driver.findElements(By.id("request-retest-" + failed.getId()))).isEmpty();

        driver.get(url("/portal/hazards"));
        driver.findElement(By.id("file-hazard-" + hazardId)).sendKeys(photo.toAbsolutePath().toString());
        click(By.id("upload-hazard-" + hazardId));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("flash")));
        assertThat(driver.findElement(By.id("hazard-" + hazardId)).getText()).contains(photo.getFileName().toString())
                .contains("待审核");

        driver.manage().deleteAllCookies();
        logIn(inspector.getUsername(), Fixtures.PASSWORD);
        // both wait for the inspector in the to-do inbox (我的待办): the re-test request and the evidence
        driver.get(url("/todo"));
        WebElement retest = driver.findElement(By.xpath("//li[contains(@class, 'todo-item')][starts-with(@data-key, "
                + "'batch:" + failed.getId() + ":')]"));
        assertThat(retest.getText()).contains(failed.getFormNumber()).contains(enterprise.getName()).contains("复检");
        WebElement review = driver.findElement(By.xpath("//li[contains(@class, 'todo-item')][starts-with(@data-key, "
                + "'evidence:')][contains(., '" + photo.getFileName() + "')]"));
        assertThat(review.getText()).contains("审核企业整改材料");
        click(By.xpath("//li[contains(@class, 'todo-item')][starts-with(@data-key, 'evidence:')][contains(., '"
                + photo.getFileName() + "')]//a[contains(@class, 'todo-title')]"));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("evidence-accept")));
        click(By.id("evidence-accept"));
        wait.until(ExpectedConditions.urlMatches(".*/risk/hazards/" + hazardId + "$"));
        assertThat(driver.findElement(By.id("related-records")).getText()).contains("已采纳");
        assertThat(driver.findElement(By.id("hazard-steps")).getText()).contains("已整改待验收");
    }

    private void click(By by) {
        WebElement element = driver.findElement(by);
        ((JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'});"
                + "arguments[0].click();", element);
    }
}
