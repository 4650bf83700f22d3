package org.argkg.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test class that takes more than about ten seconds (fuzzing, load, attacks, kills, child
 * processes, a browser): tagged {@value #TAG} for JUnit Jupiter and for jqwik alike, so that
 * {@code mvn test} (Surefire, {@code excludedGroups}) leaves it out and {@code mvn verify} runs it
 * once, in Failsafe, after the jar is built. Run one alone with
 * {@code mvn -o verify -Dtest=None -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=ClassName}.
 */
@Target({ElementType.TYPE, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@Tag(Slow.TAG)
@net.jqwik.api.Tag(Slow.TAG)
public @interface Slow {

    /** The tag, as Surefire's {@code excludedGroups} and Failsafe's {@code groups} name it. */
    String TAG = "slow";
}
