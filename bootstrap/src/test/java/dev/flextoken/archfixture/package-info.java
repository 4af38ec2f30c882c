/**
 * A miniature hexagon mirroring the real layout below {@code dev.flextoken}, for the architecture tests.
 *
 * <p>Classes named {@code Fixture*} follow every rule, so that a rule reporting them is too strict; every other
 * class breaks the rules its Javadoc names, so that each rule is seen to fail. These are test classes: the
 * real-module checks never import them.
 */
package dev.flextoken.archfixture;
