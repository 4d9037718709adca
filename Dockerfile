# Multi-stage build: a static mishen binary on a slim Debian image that also
# carries the readers mishen drives for what Go cannot read alone: Tesseract
# (OCR of scans and images, Chinese and English), poppler (PDF pages to
# images for OCR) and LibreOffice (legacy .doc/.xls/.ppt/.wps/.et/.dps/.rtf
# and OpenDocument, converted to OOXML). Without them mishen still runs and
# reports those files as unreadable (fail closed).
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
# go.mod replaces github.com/ledongthuc/pdf with the patched copy here.
COPY third_party ./third_party
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/mishen ./cmd/mishen

FROM debian:bookworm-slim
RUN apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends \
        tesseract-ocr tesseract-ocr-chi-sim tesseract-ocr-eng poppler-utils \
        libreoffice-writer-nogui libreoffice-calc-nogui libreoffice-impress-nogui \
        fonts-noto-cjk ca-certificates \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 65532 nonroot
COPY --from=build /out/mishen /usr/local/bin/mishen
USER nonroot:nonroot
WORKDIR /home/nonroot
ENV MISHEN_DATA=/home/nonroot/mishen-data
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/mishen"]
CMD ["serve"]
