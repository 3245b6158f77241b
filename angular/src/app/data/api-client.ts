// The app shell sets up the generated API client here, so that only data/ imports it.
export { provideApiConfiguration } from '../proxy/api-configuration';
