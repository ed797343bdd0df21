package org.zhijian.portal.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An admin's invitation of an enterprise user: the enterprise's credit code, the user's name and username. */
public class InviteForm {

    @NotBlank
    private String creditCode;

    @NotBlank
    @Size(max = 50)
    private String username;

    @NotBlank
    @Size(max = 60)
    private String displayName;

    public String getCreditCode() {
        return creditCode;
    }

    public void setCreditCode(String creditCode) {
        this.creditCode = creditCode;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }
}
