//! Runs requests through the schema. The schema has no extension at all: async-graphql puts
//! every field of every request through its slower extension path as soon as one exists,
//! whatever the extension hooks. What the extensions did is done here instead, around the
//! execution: the document limits before it (`limits`), null propagation and the error codes
//! on the finished response (`nulls`, `errors`), and only when it carries errors.
use std::sync::Arc;

use async_graphql::{
    BatchRequest, BatchResponse, Data, Executor, Request, Response, futures_util::stream::BoxStream,
};
use futures_util::{StreamExt, stream::FuturesOrdered};

use super::{
    RawSchema, errors, limits,
    nulls::{self, FieldTypes},
};

/// The GraphQL schema as the service runs it.
#[derive(Clone)]
pub struct AppSchema {
    schema: RawSchema,
    types: Arc<FieldTypes>,
}

impl AppSchema {
    pub fn new(schema: RawSchema) -> Self {
        let types = Arc::new(FieldTypes::from_sdl(&schema.sdl()));
        Self { schema, types }
    }

    /// The public API as SDL.
    pub fn sdl(&self) -> String {
        self.schema.sdl()
    }

    /// Executes one operation.
    pub async fn execute(&self, request: impl Into<Request>) -> Response {
        let mut request = request.into();
        if let Err(error) = limits::check(&mut request) {
            let mut response = Response::from_errors(vec![error]);
            errors::classify_all(&mut response, None);
            return response;
        }
        // The text and the operation's name, to read the document again should an error
        // need it (rare: the schema takes the parsed document).
        let query = request.query.clone();
        let operation_name = request.operation_name.clone();
        let mut response = self.schema.execute(request).await;
        if !response.errors.is_empty() {
            let document = async_graphql::parser::parse_query(&query).ok();
            if let Some(document) = &document {
                let paths: Vec<_> = response
                    .errors
                    .iter()
                    .filter(|error| !error.path.is_empty())
                    .map(|error| error.path.as_slice())
                    .collect();
                if !paths.is_empty() && response.data != async_graphql::Value::Null {
                    let mut data = std::mem::take(&mut response.data);
                    nulls::propagate(
                        &mut data,
                        document,
                        operation_name.as_deref(),
                        &self.types,
                        &paths,
                    );
                    response.data = data;
                }
            }
            errors::classify_all(&mut response, document.as_ref());
        }
        response
    }

    /// Executes a batch, each operation as [`Self::execute`].
    pub async fn execute_batch(&self, batch: BatchRequest) -> BatchResponse {
        match batch {
            BatchRequest::Single(request) => BatchResponse::Single(self.execute(request).await),
            BatchRequest::Batch(requests) => BatchResponse::Batch(
                requests
                    .into_iter()
                    .map(|request| self.execute(request))
                    .collect::<FuturesOrdered<_>>()
                    .collect()
                    .await,
            ),
        }
    }

    /// A subscription (or an operation over a WebSocket), after the document limits.
    pub fn execute_stream(
        &self,
        request: Request,
        session_data: Option<Arc<Data>>,
    ) -> BoxStream<'static, Response> {
        let mut request = request;
        if let Err(error) = limits::check(&mut request) {
            return futures_util::stream::once(async move { Response::from_errors(vec![error]) })
                .boxed();
        }
        self.schema
            .execute_stream_with_session_data(request, session_data.unwrap_or_default())
    }
}

impl Executor for AppSchema {
    async fn execute(&self, request: Request) -> Response {
        AppSchema::execute(self, request).await
    }

    fn execute_stream(
        &self,
        request: Request,
        session_data: Option<Arc<Data>>,
    ) -> BoxStream<'static, Response> {
        AppSchema::execute_stream(self, request, session_data)
    }
}
