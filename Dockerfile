# Multi-stage build: a static mishen binary on a minimal, non-root image.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/mishen ./cmd/mishen

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/mishen /usr/local/bin/mishen
USER nonroot:nonroot
WORKDIR /home/nonroot
ENV MISHEN_DATA=/home/nonroot/mishen-data
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/mishen"]
CMD ["serve"]
