/**
 * Agencies, their facilities with prices and policies, and the roster of people in custody.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Directory")
package org.inkwell.directory;
