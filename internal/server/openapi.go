package server

import (
	_ "embed"
	"net/http"

	"github.com/gin-gonic/gin"
)

// openAPI is the OpenAPI 3.1 description of the HTTP API. A test checks
// it against the routes the engine registers and validates every answer
// of a run over all of them against it, so it cannot drift from the code.
//
//go:embed openapi.json
var openAPI []byte

// OpenAPI returns the OpenAPI 3.1 description of the API (JSON).
func OpenAPI() []byte { return openAPI }

// serveOpenAPI answers GET /api/v1/openapi.json, without a token: the
// description says nothing the README does not.
func serveOpenAPI(c *gin.Context) {
	c.Header("Cache-Control", "public, max-age=300")
	c.Data(http.StatusOK, "application/json", openAPI)
}
