package org.zhijian.spotcheck.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.zhijian.account.domain.User;
import org.zhijian.catalogue.domain.ProductCategory;
import org.zhijian.enterprise.domain.Enterprise;
import org.zhijian.enterprise.domain.Industry;
import org.zhijian.region.domain.District;
import org.zhijian.spotcheck.SpotCheckTestData;
import org.zhijian.spotcheck.domain.BatchService;
import org.zhijian.spotcheck.domain.SamplingBatch;
import org.zhijian.support.BrowserTests;
import org.zhijian.support.Fixtures;
import org.zhijian.system.security.Role;

/**
 * An inspector loses the connection on a factory floor (DevTools network emulation), saves the
 * sampling form with a photo on the phone, sees it waiting, and it is sent exactly once when
 * the connection returns (issue 14).
 */
class OfflineDraftBrowserTests extends BrowserTests {

    @Autowired
    SpotCheckTestData data;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    BatchService batches;

    @Test
    void aSamplingFormSavedOfflineIsSentOnceWhenTheConnectionReturns() throws IOException {
        District district = fixtures.district();
        Enterprise enterprise = fixtures.enterprise(district.getId(), Industry.WOOD_PANEL);
        ProductCategory product = data.woodPanel();
        User inspector = fixtures.user(Role.INSPECTOR, district.getId());
        User colleague = fixtures.user(Role.INSPECTOR, district.getId());
        String formNumber = "OFF" + Fixtures.next();
        Path photo = photo();

        usePhoneViewport();
        logIn(inspector.getUsername(), Fixtures.PASSWORD);
        driver.get(url("/spotchecks/batches/new?enterpriseId=" + enterprise.getId() + "&categoryId=" + product.getId()));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("batch-form")));
        Object ready = js().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "navigator.serviceWorker.ready.then(r => done(r.active != null), () => done(false));");
        assertThat(ready).as("the service worker is registered and active").isEqualTo(true);

        network(false);
        wait.until(d -> Boolean.FALSE.equals(js().executeScript("return navigator.onLine")));
        WebElement number = driver.findElement(By.id("formNumber"));
        number.clear();
        number.sendKeys(formNumber);
        driver.findElement(By.id("quantityUnit")).sendKeys("张");
        driver.findElement(By.id("samplingPlace")).sendKeys("成品仓库");
        driver.findElement(By.id("agency")).clear();
        driver.findElement(By.id("agency")).sendKeys("台州市产品质量安全检测研究院");
        click(driver.findElement(By.cssSelector("input[name='samplerIds'][value='" + colleague.getId() + "']")));
        driver.findElement(By.id("photos")).sendKeys(photo.toAbsolutePath().toString());
        click(driver.findElement(By.id("save")));

        WebElement waiting = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#offline-draft-list li[data-status='waiting']")));
        assertThat(waiting.getText()).contains("待发送").contains(enterprise.getName());
        assertThat(driver.findElement(By.id("draft-saved")).isDisplayed()).isTrue();
        assertThat(batchesNumbered(formNumber)).as("nothing reached the server while offline").isZero();
        screenshot("offline-draft-waiting");

        network(true);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#offline-draft-list li[data-status='sent']")));
        assertThat(driver.findElement(By.cssSelector("#offline-draft-list li[data-status='sent']")).getText())
                .contains("已发送");
        // a second attempt (the inspector presses "send now") finds nothing left to send
        click(driver.findElement(By.id("drafts-send")));
        assertThat(batchesNumbered(formNumber)).as("sent exactly once").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from batch_photo p join sampling_batch b on b.id = p.batch_id"
                + " where b.form_number = ? and p.content_type = 'image/jpeg' and p.file_name like 'IMG\\_%'",
                Integer.class, formNumber)).as("the photo, resized on the phone to a JPEG named by its time").isEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from batch_sampler s join sampling_batch b on b.id = s.batch_id"
                + " where b.form_number = ?", Integer.class, formNumber)).as("the pre-ticked inspector and the colleague")
                .isEqualTo(2);
    }

    @Test
    void resultsEnteredOfflineOnABatchChangedMeanwhileAreShownAsAConflictNotOverwritten() {
        District district = fixtures.district();
        Enterprise enterprise = fixtures.enterprise(district.getId(), Industry.WOOD_PANEL);
        ProductCategory product = data.woodPanel();
        User inspector = fixtures.user(Role.INSPECTOR, district.getId());
        User colleague = fixtures.user(Role.INSPECTOR, district.getId());
        SamplingBatch batch = fixtures.as(Fixtures.details(inspector), () -> batches.record(
                data.sampling(enterprise, product, inspector, colleague, batches.today().minusDays(3))));

        usePhoneViewport();
        logIn(inspector.getUsername(), Fixtures.PASSWORD);
        driver.get(url("/spotchecks/batches/" + batch.getId()));
        waitForServiceWorker();
        network(false);
        wait.until(d -> Boolean.FALSE.equals(js().executeScript("return navigator.onLine")));
        js().executeScript("arguments[0].value = arguments[1]", driver.findElement(By.id("testedOn")),
                batches.today().minusDays(1).toString());
        driver.findElement(By.id("reportNumber")).sendKeys("OFFLINE-REPORT");
        driver.findElement(By.name("results[0].value")).sendKeys("0.05");
        driver.findElement(By.name("results[1].value")).sendKeys("8.5");
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.name("results[2].value"))).selectByValue("pass");
        click(driver.findElement(By.id("results-submit")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#offline-draft-list li[data-status='waiting']")));

        // meanwhile a colleague records the results from the office
        fixtures.as(Fixtures.details(colleague), () -> batches.recordResults(batch.getId(), batch.getVersion(),
                batches.today().minusDays(2), "OFFICE-REPORT", data.results(product, "0.4")));

        network(true);
        WebElement conflict = new WebDriverWait(driver, Duration.ofSeconds(30)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#offline-draft-list li[data-status='conflict']")));
        assertThat(conflict.getText()).contains("冲突");
        assertThat(jdbc.queryForObject("select report_number from sampling_batch where id = ?", String.class,
                batch.getId())).as("the office's results stay").isEqualTo("OFFICE-REPORT");
    }

    @Test
    void aDraftWaitsForALoginWhenTheSessionHasExpiredAndIsSentOnceAfterIt() throws IOException {
        District district = fixtures.district();
        Enterprise enterprise = fixtures.enterprise(district.getId(), Industry.WOOD_PANEL);
        ProductCategory product = data.woodPanel();
        User inspector = fixtures.user(Role.INSPECTOR, district.getId());
        User colleague = fixtures.user(Role.INSPECTOR, district.getId());
        String formNumber = "EXP" + Fixtures.next();

        usePhoneViewport();
        logIn(inspector.getUsername(), Fixtures.PASSWORD);
        driver.get(url("/spotchecks/batches/new?enterpriseId=" + enterprise.getId() + "&categoryId=" + product.getId()));
        waitForServiceWorker();
        network(false);
        wait.until(d -> Boolean.FALSE.equals(js().executeScript("return navigator.onLine")));
        WebElement number = driver.findElement(By.id("formNumber"));
        number.clear();
        number.sendKeys(formNumber);
        driver.findElement(By.id("quantityUnit")).sendKeys("张");
        driver.findElement(By.id("samplingPlace")).sendKeys("成品仓库");
        driver.findElement(By.id("agency")).clear();
        driver.findElement(By.id("agency")).sendKeys("台州市产品质量安全检测研究院");
        click(driver.findElement(By.cssSelector("input[name='samplerIds'][value='" + colleague.getId() + "']")));
        click(driver.findElement(By.id("save")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#offline-draft-list li[data-status='waiting']")));

        driver.manage().deleteAllCookies(); // the session is gone
        network(true);
        WebElement login = new WebDriverWait(driver, Duration.ofSeconds(30)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#offline-draft-list li[data-status='login']")));
        assertThat(login.getText()).contains("请先登录");
        assertThat(batchesNumbered(formNumber)).isZero();

        logIn(inspector.getUsername(), Fixtures.PASSWORD);
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#offline-draft-list li[data-status='sent']")));
        assertThat(batchesNumbered(formNumber)).isEqualTo(1);
    }

    private void waitForServiceWorker() {
        Object ready = js().executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "navigator.serviceWorker.ready.then(r => done(r.active != null), () => done(false));");
        assertThat(ready).as("the service worker is registered and active").isEqualTo(true);
    }

    private void screenshot(String name) throws IOException {
        js().executeScript("window.scrollTo({top: 0, behavior: 'instant'})");
        Path dir = Files.createDirectories(Path.of("target", "phone-screenshots"));
        Files.copy(((org.openqa.selenium.TakesScreenshot) driver).getScreenshotAs(org.openqa.selenium.OutputType.FILE)
                .toPath(), dir.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    private int batchesNumbered(String formNumber) {
        return jdbc.queryForObject("select count(*) from sampling_batch where form_number = ?", Integer.class,
                formNumber);
    }

    private void network(boolean online) {
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.emulateNetworkConditions", Map.of("offline", !online, "latency", 0,
                "downloadThroughput", -1, "uploadThroughput", -1));
    }

    private static Path photo() throws IOException {
        BufferedImage img = new BufferedImage(2400, 1800, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(90, 120, 60));
        g.fillRect(0, 0, 2400, 1800);
        g.setColor(Color.WHITE);
        g.fillOval(600, 400, 1200, 1000);
        g.dispose();
        Path file = Files.createTempFile("sample-", ".png");
        ImageIO.write(img, "png", file.toFile());
        file.toFile().deleteOnExit();
        return file;
    }

    private JavascriptExecutor js() {
        return (JavascriptExecutor) driver;
    }

    private void click(WebElement e) {
        js().executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'})", e);
        e.click();
    }
}
