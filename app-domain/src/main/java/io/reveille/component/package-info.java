/** Components: the services and parts of the product that incidents are about. */
package io.reveille.component;
