// Starts Swagger UI on /crmir/api/docs over the document the page names (data-document).
window.addEventListener('DOMContentLoaded', function () {
    var root = document.getElementById('swagger-ui');
    window.ui = SwaggerUIBundle({
        url: root.getAttribute('data-document'),
        dom_id: '#swagger-ui',
        deepLinking: true,
        tryItOutEnabled: false
    });
});
