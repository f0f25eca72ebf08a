package io.reveille.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;

/** The EAR this module built, exactly as users deploy it: one deployment for every test class. */
final class ReveilleDeployment {
  static final String ADMIN_PASSWORD = "it-admin-password-1";
  static final String BASE = "http://127.0.0.1:8080";

  private ReveilleDeployment() {}

  static EnterpriseArchive ear() {
    return ShrinkWrap.createFromZipFile(
        EnterpriseArchive.class,
        new File(System.getProperty("reveille.ear", "target/reveille.ear")));
  }
}
