import { Resource } from '@angular/core';

/**
 * A resource's value, or undefined while it has none. Reading `value()` of a resource that failed
 * throws, so templates read through this instead.
 */
export function valueOf<T>(resource: Resource<T>): T | undefined {
  return resource.hasValue() ? resource.value() : undefined;
}
