# mishen (密审) container images. Two targets from one build stage:
#
#   docker build -t mishen .                       # full: the readers mishen drives
#   docker build --target minimal -t mishen:minimal .
#
# full     Debian slim with Tesseract (chi_sim + eng, OCR of scans and
#          pictures), poppler-utils (PDF pages to images for OCR) and
#          LibreOffice (legacy .doc/.xls/.ppt/.rtf, WPS and OpenDocument,
#          converted to OOXML), and CJK fonts. The default.
# minimal  distroless static (no shell, no package manager): the mishen
#          binary alone. Scans, pictures and legacy office files are then
#          reported unreadable and go to a human (fail closed); everything
#          else is read as in full.
#
# Both run as the non-root user 65532, keep their data in the volume
# /var/lib/mishen (owned by that user), use Asia/Shanghai time, and check
# themselves with `mishen healthcheck` (no curl or shell needed).
# Create tokens with the server stopped, on the same volume:
#   docker run --rm -v mishen-data:/var/lib/mishen mishen token create --role admin --name 管理员
#   docker run -d -p 8080:8080 -v mishen-data:/var/lib/mishen mishen

ARG GO_VERSION=1.26

FROM golang:${GO_VERSION} AS build
WORKDIR /src
COPY go.mod go.sum ./
# go.mod replaces github.com/ledongthuc/pdf with the patched copy here.
COPY third_party ./third_party
RUN go mod download
COPY . .
# The context has no .git (.dockerignore), so name the build:
#   docker build --build-arg VERSION=v1.2.0 --build-arg COMMIT=$(git rev-parse HEAD) -t mishen .
# mishen version, /healthz and SARIF output show them.
ARG VERSION=""
ARG COMMIT=""
# timetzdata embeds the time zone database, so TZ works in distroless too.
RUN CGO_ENABLED=0 go build -trimpath -tags timetzdata \
        -ldflags="-s -w -X github.com/mishen-gov/mishen/internal/buildinfo.version=${VERSION} -X github.com/mishen-gov/mishen/internal/buildinfo.commit=${COMMIT}" \
        -o /out/mishen ./cmd/mishen \
    && /out/mishen version \
    && mkdir -p /out/data && chown 65532:65532 /out/data && chmod 0700 /out/data

FROM gcr.io/distroless/static-debian12:nonroot AS minimal
COPY --from=build /out/mishen /usr/local/bin/mishen
COPY --from=build --chown=65532:65532 /out/data /var/lib/mishen
ENV MISHEN_DATA=/var/lib/mishen \
    MISHEN_ADDR=:8080 \
    TZ=Asia/Shanghai
USER 65532:65532
WORKDIR /var/lib/mishen
VOLUME ["/var/lib/mishen"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["/usr/local/bin/mishen", "healthcheck"]
ENTRYPOINT ["/usr/local/bin/mishen"]
CMD ["serve"]

FROM debian:bookworm-slim AS full
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng poppler-utils \
        libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui \
        fonts-noto-cjk ca-certificates tzdata \
    && rm -rf /var/lib/apt/lists/* \
    && groupadd --gid 65532 nonroot \
    && useradd --uid 65532 --gid 65532 --home-dir /var/lib/mishen --no-create-home --shell /usr/sbin/nologin nonroot \
    && mkdir -p /var/lib/mishen \
    && chown 65532:65532 /var/lib/mishen \
    && chmod 0700 /var/lib/mishen
COPY --from=build /out/mishen /usr/local/bin/mishen
ENV MISHEN_DATA=/var/lib/mishen \
    MISHEN_ADDR=:8080 \
    TZ=Asia/Shanghai \
    HOME=/var/lib/mishen
USER 65532:65532
WORKDIR /var/lib/mishen
VOLUME ["/var/lib/mishen"]
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["/usr/local/bin/mishen", "healthcheck"]
ENTRYPOINT ["/usr/local/bin/mishen"]
CMD ["serve"]
