package server

import (
	"context"
	"fmt"
	"net/http"
	"net/url"

	"github.com/gin-gonic/gin"

	"github.com/mishen-gov/mishen/internal/review"
	"github.com/mishen-gov/mishen/internal/webhook"
)

// WebhookRequest is the body of POST /api/v1/admin/webhooks.
type WebhookRequest struct {
	URL string `json:"url"`
	// Events are the types to send; all of them when empty.
	Events []string `json:"events,omitempty"`
}

// WebhooksResponse is the answer of GET /api/v1/admin/webhooks.
type WebhooksResponse struct {
	Webhooks []webhook.Endpoint `json:"webhooks"`
}

// DeliveriesResponse is the answer of GET
// /api/v1/admin/webhooks/{id}/deliveries.
type DeliveriesResponse struct {
	Deliveries []webhook.Delivery `json:"deliveries"`
}

func (s *Server) hub() (*webhook.Hub, error) {
	if s.webhooks == nil {
		return nil, review.Errorf(review.KindUnavailable, "webhooks_off", "本服务未启用 webhook")
	}
	return s.webhooks, nil
}

func (s *Server) addWebhook(c *gin.Context, a review.Actor) error {
	var in WebhookRequest
	if err := readJSON(c, smallBody, &in); err != nil {
		return err
	}
	h, err := s.hub()
	if err != nil {
		return err
	}
	ep, err := h.Add(a, in.URL, in.Events)
	if err != nil {
		return err
	}
	c.Header("Cache-Control", "no-store")
	c.Header("Location", "/api/v1/admin/webhooks/"+ep.ID)
	c.JSON(http.StatusCreated, ep)
	return nil
}

func (s *Server) listWebhooks(c *gin.Context, a review.Actor) error {
	h, err := s.hub()
	if err != nil {
		return err
	}
	eps, err := h.List()
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, WebhooksResponse{Webhooks: eps})
	return nil
}

func (s *Server) removeWebhook(c *gin.Context, a review.Actor) error {
	h, err := s.hub()
	if err != nil {
		return err
	}
	ep, err := h.Remove(a, c.Param("id"))
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, ep)
	return nil
}

func (s *Server) webhookDeliveries(c *gin.Context, a review.Actor) error {
	limit, err := intParam(c, "limit")
	if err != nil {
		return err
	}
	h, err := s.hub()
	if err != nil {
		return err
	}
	ds, err := h.Deliveries(c.Param("id"), limit)
	if err != nil {
		return err
	}
	c.JSON(http.StatusOK, DeliveriesResponse{Deliveries: ds})
	return nil
}

// AddWebhook registers url for events (all when empty).
func (c *Client) AddWebhook(ctx context.Context, url string, events []string) (webhook.Endpoint, error) {
	var ep webhook.Endpoint
	err := c.do(ctx, http.MethodPost, "/api/v1/admin/webhooks", WebhookRequest{URL: url, Events: events}, &ep)
	return ep, err
}

// ListWebhooks lists the registered endpoints.
func (c *Client) ListWebhooks(ctx context.Context) ([]webhook.Endpoint, error) {
	var out WebhooksResponse
	err := c.do(ctx, http.MethodGet, "/api/v1/admin/webhooks", nil, &out)
	return out.Webhooks, err
}

// RemoveWebhook removes endpoint id.
func (c *Client) RemoveWebhook(ctx context.Context, id string) (webhook.Endpoint, error) {
	var ep webhook.Endpoint
	err := c.do(ctx, http.MethodDelete, "/api/v1/admin/webhooks/"+url.PathEscape(id), nil, &ep)
	return ep, err
}

// WebhookDeliveries lists endpoint id's latest deliveries.
func (c *Client) WebhookDeliveries(ctx context.Context, id string, limit int) ([]webhook.Delivery, error) {
	var out DeliveriesResponse
	err := c.do(ctx, http.MethodGet, fmt.Sprintf("/api/v1/admin/webhooks/%s/deliveries?limit=%d", url.PathEscape(id), limit), nil, &out)
	return out.Deliveries, err
}
