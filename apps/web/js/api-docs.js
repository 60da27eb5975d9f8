// The API reader: swagger-ui-dist from this origin, reading /api/openapi.json (no CDN, no inline script).
/* global SwaggerUIBundle */
SwaggerUIBundle({
  url: '/api/openapi.json',
  dom_id: '#swagger-ui',
  deepLinking: true,
  // No validator badge: it would call validator.swagger.io.
  validatorUrl: null,
  tryItOutEnabled: false,
});
