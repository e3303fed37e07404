// The reference page of the service's API: Swagger UI showing the service's own OpenAPI document. No validator
// badge (it would send the document to a host outside), nothing stored, nothing fetched but from this service.
window.addEventListener("load", function () {
  window.ui = SwaggerUIBundle({
    url: "/docs/openapi.json",
    dom_id: "#swagger-ui",
    deepLinking: true,
    validatorUrl: null,
    docExpansion: "list",
    defaultModelsExpandDepth: 0,
    tryItOutEnabled: false
  });
});
