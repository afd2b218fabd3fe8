export const APP_CONFIG_TOKEN = Symbol('APP_CONFIG');
